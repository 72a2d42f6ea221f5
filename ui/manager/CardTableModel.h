/*
 * The cards a backend lists, one row each, for the card manager's table. It holds CardInfo (states, never words) and
 * makes the words only for display, through CardText, so a language change needs no new list.
 */
#ifndef VSCWIZARD_CARDTABLEMODEL_H
#define VSCWIZARD_CARDTABLEMODEL_H

#include "CardManager.h"

#include <QAbstractTableModel>
#include <QList>

class CardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LocationColumn,
        KeysColumn,
        PinStateColumn,
        RecoveryColumn,
        ColumnCount,
    };

    explicit CardTableModel(QObject* parent = nullptr);

    void setCards(const QList<CardInfo>& cards);
    const QList<CardInfo>& cards() const { return m_cards; }
    // Null for a row that is not there.
    const CardInfo* card(int row) const;
    // -1 when no card has that instance id.
    int rowOf(const QString& instanceId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const CardInfo& card, int column) const;

    QList<CardInfo> m_cards;
};

#endif // VSCWIZARD_CARDTABLEMODEL_H
