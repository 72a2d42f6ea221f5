#include "CardManager.h"

OperationResult CardManager::changePin(const SecretChange& change, StatusSink& sink)
{
    Q_UNUSED(change)
    Q_UNUSED(sink)
    return OperationResult::cardFailure(CardError::Unsupported);
}

OperationResult CardManager::resetPin(const SecretChange& change, StatusSink& sink)
{
    Q_UNUSED(change)
    Q_UNUSED(sink)
    return OperationResult::cardFailure(CardError::Unsupported);
}

OperationResult CardManager::changePuk(const SecretChange& change, StatusSink& sink)
{
    Q_UNUSED(change)
    Q_UNUSED(sink)
    return OperationResult::cardFailure(CardError::Unsupported);
}

OperationResult CardManager::status()
{
    return OperationResult::cardFailure(CardError::Unsupported);
}
