#pragma once

#include "screen.h"

#include <functional>

namespace shuzai::ui {

// A page of the main window that makes its screen the first time it is needed (shown, or asked
// for by the shell), so start-up builds the one screen in view and not all eight: each screen's
// widgets, models and first queries cost start-up time whether or not it is opened that day.
// Until then it answers for the screen: its name, its title, no actions.
class ScreenHost : public Screen {
    Q_OBJECT
public:
    struct Spec {
        QString name;                            // "roster": the shell's name for it
        std::function<QString()> title;          // translated, without making the screen
        std::function<Screen *(QWidget *)> make; // the screen, with this page as its parent
    };
    ScreenHost(Spec spec, QWidget *parent);

    const QString &name() const { return m_spec.name; }
    bool isMade() const { return m_screen != nullptr; }
    // The screen, made now if it was not.
    Screen *screen();

    QString title() const override;
    void setCampaign(Id campaignId) override;
    bool supports(ScreenAction action) const override;
    void trigger(ScreenAction action) override;
    QString actionText(ScreenAction action) const override;
    Id currentInterviewee() const override;
    void setCurrentInterviewee(Id intervieweeId) override;

signals:
    // Its screen was just made (the shell restores the screen's remembered column widths).
    void made(Screen *screen);

protected:
    void changeEvent(QEvent *event) override;

private:
    Spec m_spec;
    Screen *m_screen = nullptr;
};

} // namespace shuzai::ui
