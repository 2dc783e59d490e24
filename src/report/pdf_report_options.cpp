#include <viparita/report/pdf_report_options.h>

#include <QList>

namespace viparita {

QPageSize PdfReportOptions::defaultPageSize(const QLocale &locale)
{
    // The territories that use US Letter (CLDR paper size data).
    static const QList<QLocale::Territory> letter{
        QLocale::UnitedStates, QLocale::Canada,   QLocale::Mexico,      QLocale::Belize,
        QLocale::Chile,        QLocale::Colombia, QLocale::CostaRica,   QLocale::Guatemala,
        QLocale::Nicaragua,    QLocale::Panama,   QLocale::Philippines, QLocale::PuertoRico,
        QLocale::ElSalvador,   QLocale::Venezuela};
    return QPageSize(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

} // namespace viparita
