/*
 * A StatusSink for the tests: records every report and the thread it came
 * from, and answers Abort from a chosen report on (a Cancel at that point).
 */
#ifndef VSCWIZARD_TESTS_WINDOWS_RECORDINGSINK_H
#define VSCWIZARD_TESTS_WINDOWS_RECORDINGSINK_H

#include "VscContract.h"

#include <windows.h>

#include <vector>

// Records what the manager reported and answers Abort from the report with the given index on.
class RecordingSink : public StatusSink
{
public:
    explicit RecordingSink(int abortFrom = -1) : m_abortFrom(abortFrom) {}

    Answer reportProgress(VscStatus status) override
    {
        statuses.push_back(status);
        threads.push_back(GetCurrentThreadId());
        return answer();
    }
    Answer reportError(VscError error) override
    {
        errors.push_back(error);
        threads.push_back(GetCurrentThreadId());
        return answer();
    }

    std::vector<VscStatus> statuses;
    std::vector<VscError> errors;
    std::vector<DWORD> threads;

private:
    Answer answer() { return m_abortFrom >= 0 && m_reports++ >= m_abortFrom ? Answer::Abort : Answer::Continue; }

    int m_abortFrom;
    int m_reports = 0;
};

#endif // VSCWIZARD_TESTS_WINDOWS_RECORDINGSINK_H
