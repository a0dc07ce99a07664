// Build-time tool: renders the app's SVG icon to the PNG sizes of the hicolor icon theme
// (through Qt's SVG icon engine, the same one the app draws its icons with).
//   render-icons <icon.svg> <output dir> <size>...   writes <output dir>/<size>x<size>/<name>.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: render-icons <icon.svg> <output dir> <size>...\n");
        return 2;
    }
    const QIcon icon(args.at(1));
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            icon.paint(&p, QRect(0, 0, size, size));
        }
        const QString dir = QDir(args.at(2)).filePath(QStringLiteral("%1x%1").arg(size));
        QDir().mkpath(dir);
        const QString out = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (image.isNull() || !image.save(out)) {
            std::fprintf(stderr, "render-icons: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
