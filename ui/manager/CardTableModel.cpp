#include "CardTableModel.h"

#include "CardText.h"
#include "UserText.h"

CardTableModel::CardTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CardTableModel::setCards(const QList<CardInfo>& cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

const CardInfo* CardTableModel::card(int row) const
{
    return row >= 0 && row < m_cards.size() ? &m_cards.at(row) : nullptr;
}

int CardTableModel::rowOf(const QString& instanceId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).instanceId == instanceId) {
            return row;
        }
    }
    return -1;
}

int CardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

int CardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CardTableModel::text(const CardInfo& card, int column) const
{
    switch (column) {
    case NameColumn:
        return card.name;
    case LocationColumn:
        return CardText::location(card.location);
    case KeysColumn:
        return QString::number(card.keyCount);
    case PinStateColumn:
        return CardText::pinState(card.pinState, card.pinTries);
    case RecoveryColumn:
        return CardText::recovery(card.recovery);
    default:
        return QString();
    }
}

QVariant CardTableModel::data(const QModelIndex& index, int role) const
{
    const CardInfo* info = index.isValid() ? card(index.row()) : nullptr;
    if (!info) {
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(*info, index.column());
    case Qt::ToolTipRole:
        // The instance id tells two cards of the same name apart.
        return index.column() == NameColumn ? tr("Instance id: %1").arg(UserText::isolated(info->instanceId))
                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == KeysColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
}

QVariant CardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("Location");
    case KeysColumn:
        return tr("Keys");
    case PinStateColumn:
        return tr("PIN");
    case RecoveryColumn:
        return tr("Recovery");
    default:
        return QVariant();
    }
}
