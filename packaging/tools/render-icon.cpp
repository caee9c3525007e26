// Build-time tool: renders the application's SVG icon to the PNG sizes of the hicolor theme,
// so the repository keeps one hand-drawn source and no binary copies that could drift from it.
// Usage: odema-render-icon SOURCE.svg OUTPUT_ROOT SIZE...  (writes OUTPUT_ROOT/NxN/apps/NAME.png)
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: odema-render-icon SOURCE.svg OUTPUT_ROOT SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "odema-render-icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    for (int i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "odema-render-icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
