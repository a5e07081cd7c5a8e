#pragma once

#include <QComboBox>
#include <QDateTime>

class QCompleter;
class QStandardItemModel;

namespace shuzai::ui {

// A time zone chosen the way people think of it: Japan first (日本時間), then a short list of
// common zones, each with a readable name and its offset ("Seoul (UTC+09:00)"); any other IANA
// zone is found by typing part of its name ("york", "Buenos") in the field, which suggests
// matches. The chosen zone is kept as its IANA id.
class ZonePicker : public QComboBox {
    Q_OBJECT
public:
    explicit ZonePicker(QWidget *parent = nullptr);

    // An entry for "no zone of its own" at the top (an interviewee living in the campaign's
    // zone); its id is empty.
    void setNoZoneChoice(const QString &label);

    QByteArray zoneId() const; // empty: the no-zone choice
    // Selects the zone, adding it after the short list when it is not in it. An id Qt does not
    // know is kept as typed, so a setting is never lost by opening a dialog.
    void setZoneId(const QByteArray &id);

    // The zone for people: "日本時間（UTC+09:00）", "Seoul (UTC+09:00)", "Buenos Aires
    // (America/Argentina, UTC−03:00)", the offset as of `at`.
    static QString label(const QByteArray &id,
                         const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The common zones offered first, Japan first.
    static QList<QByteArray> commonZones();
    // Every IANA zone whose label or id contains `text` (any case, spaces or underscores).
    static QList<QByteArray> search(const QString &text);

signals:
    void zoneChanged(const QByteArray &id);

protected:
    void changeEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void fill();
    void chooseTyped();
    void showChosen();

    QString m_noZoneLabel;
    QByteArray m_extra; // a zone chosen by search, listed after the common ones
    QStandardItemModel *m_allZones;
    QCompleter *m_completer;
};

} // namespace shuzai::ui
