#pragma once

#include <QDialog>

class QAction;
class QLabel;

namespace shuzai::ui {

class ZonePicker;

// Sets the display zone from the preferences (appSettings() "ui/timeZone"; the system's zone
// when none is set or it is unknown). The GUI calls it once at start, before any window.
void applySavedDisplayZone();

// The user's own preferences (for now: the time zone every time is shown in, which need not be
// the campaign's nor the computer's). OK keeps them and applies them at once to every open
// screen.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "Preferences…", for the lead's menu: opens the dialog over `parent`'s window. Follows
    // language switches.
    static QAction *createAction(QWidget *parent);

    ZonePicker *zonePicker() const { return m_zone; }
    // Keeps the choice and shows every screen's times in it (what OK does).
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showExample();

    ZonePicker *m_zone;
    QLabel *m_zoneLabel;
    QLabel *m_example;
};

} // namespace shuzai::ui
