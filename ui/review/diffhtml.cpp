#include "diffhtml.h"

namespace shuzai::ui {

QString diffHtml(const QList<DiffRun> &runs)
{
    QString html;
    for (const DiffRun &r : runs) {
        const QString text = r.text.toHtmlEscaped();
        switch (r.kind) {
        case DiffRun::Kind::Same:
            html += text;
            break;
        case DiffRun::Kind::Removed:
            html += QStringLiteral("<span style=\"color:#b00020; text-decoration:line-through; "
                                   "background:#fde7ea;\">%1</span>")
                        .arg(text);
            break;
        case DiffRun::Kind::Added:
            html += QStringLiteral("<span style=\"color:#1b5e20; text-decoration:underline; "
                                   "background:#e6f4ea;\">%1</span>")
                        .arg(text);
            break;
        }
    }
    return html;
}

} // namespace shuzai::ui
