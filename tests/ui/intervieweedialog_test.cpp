// The interviewee dialog suggests the reading of a Japanese name as it is typed, and never
// replaces a reading the user typed.
#include "roster/intervieweedialog.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <gtest/gtest.h>

using namespace shuzai;
using shuzai::ui::IntervieweeDialog;

namespace {
Campaign campaign()
{
    Campaign c;
    c.id = 1;
    c.title = QStringLiteral("特集");
    Category vendor;
    vendor.id = 1;
    vendor.code = QStringLiteral("vendor");
    vendor.name = QStringLiteral("ベンダー");
    c.categories = {vendor};
    return c;
}

// Text committed by an input method, as Japanese is typed (kana-kanji conversion).
void commit(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(edit, &event);
}

// Text typed key by key (a reading typed in katakana mode).
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    commit(edit, text);
}

QLineEdit *field(const IntervieweeDialog &dialog, const char *name)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
    EXPECT_NE(edit, nullptr) << name;
    return edit;
}
} // namespace

TEST(IntervieweeDialogReading, TypingANameSuggestsItsReadingAndTheUsersCorrectionStays)
{
    IntervieweeDialog dialog(campaign(), IntervieweeData{}, true,
                             [](const IntervieweeData &) { return VoidResult{}; });
    dialog.show();
    QLineEdit *family = field(dialog, "familyName");
    QLineEdit *given = field(dialog, "givenName");
    QLineEdit *familyReading = field(dialog, "familyReading");
    QLineEdit *givenReading = field(dialog, "givenReading");

    commit(family, QStringLiteral("東海林"));
    EXPECT_EQ(familyReading->text(), QStringLiteral("ショウジ"));
    commit(given, QStringLiteral("陽菜"));
    EXPECT_EQ(givenReading->text(), QStringLiteral("ヒナ"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("readingNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());

    // This 東海林 reads her name トウカイリン: the user corrects it, and typing on in the name
    // no longer touches it, while the given name's suggestion still follows its field.
    retype(familyReading, QStringLiteral("トウカイリン"));
    retype(family, QStringLiteral("東海林"));
    EXPECT_EQ(familyReading->text(), QStringLiteral("トウカイリン"));
    retype(given, QStringLiteral("花子"));
    EXPECT_EQ(givenReading->text(), QStringLiteral("ハナコ"));
    EXPECT_EQ(dialog.data().familyReading, QStringLiteral("トウカイリン"));
    EXPECT_EQ(dialog.data().givenReading, QStringLiteral("ハナコ"));
}

TEST(IntervieweeDialogReading, AStoredReadingIsNotReplacedWhenTheNameIsEdited)
{
    IntervieweeData person;
    person.categoryId = 1;
    person.familyName = QStringLiteral("角田");
    person.givenName = QStringLiteral("光");
    person.familyReading = QStringLiteral("スミダ");
    person.givenReading = QStringLiteral("ヒカリ");
    IntervieweeDialog dialog(campaign(), person, false,
                             [](const IntervieweeData &) { return VoidResult{}; });
    dialog.show();
    retype(field(dialog, "familyName"), QStringLiteral("角田"));
    retype(field(dialog, "givenName"), QStringLiteral("光"));
    EXPECT_EQ(field(dialog, "familyReading")->text(), QStringLiteral("スミダ"));
    EXPECT_EQ(field(dialog, "givenReading")->text(), QStringLiteral("ヒカリ"));
}
