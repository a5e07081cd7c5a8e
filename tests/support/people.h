#pragma once

#include "domain/interviewee.h"

namespace shuzai::test {

// A person for tests that only need someone on the roster (山田 太郎, read ヤマダ タロウ).
inline IntervieweeData someone(const QString &email = QStringLiteral("a@example.jp"),
                               Id categoryId = 1)
{
    IntervieweeData d;
    d.categoryId = categoryId;
    d.familyName = QStringLiteral("山田");
    d.givenName = QStringLiteral("太郎");
    d.familyReading = QStringLiteral("ヤマダ");
    d.givenReading = QStringLiteral("タロウ");
    d.email = email;
    return d;
}

} // namespace shuzai::test
