#pragma once

#include <QWidget>
#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace shuzai::ui {

// What an empty list says instead of showing blank rows: why it is empty and the next step, as
// a button ("No interviewees yet. [Add interviewee…]"). It sits over the view's viewport and
// shows itself while the view's model has no rows. Texts are functions so they follow a
// language switch.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        std::function<QString()> message;
        std::function<QString()> action; // none, or an empty text: no button
    };
    static EmptyState *attach(QAbstractItemView *view, Texts texts,
                              std::function<void()> onAction = {});

    QLabel *messageLabel() const { return m_message; }
    QPushButton *actionButton() const { return m_action; }
    // Shows or hides itself and retranslates its texts for the model as it is now.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    EmptyState(QAbstractItemView *view, Texts texts, std::function<void()> onAction);
    void place();

    QAbstractItemView *m_view;
    Texts m_texts;
    QLabel *m_message;
    QPushButton *m_action;
};

} // namespace shuzai::ui
