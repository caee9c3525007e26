#include "common/FileChecks.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Files)
};

/// The canonical folder and the file name: a path that does not exist yet still has one when
/// its folder exists; a symlink, even dangling, stands for its target.
QString canonicalSpelling(const QString &path)
{
    QFileInfo info(path);
    if (info.isSymLink())
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QString() : folder + QLatin1Char('/') + info.fileName();
}
} // namespace

QString specialFileKind(const QString &path)
{
#ifdef Q_OS_UNIX
    // stat, not QFileInfo: Qt calls every non-regular, non-directory file a "sequential" one,
    // and the user needs to hear which.
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString();
    if (S_ISREG(st.st_mode))
        return QString();
    if (S_ISDIR(st.st_mode))
        return Tr::tr("un dossier");
    if (S_ISFIFO(st.st_mode))
        return Tr::tr("un tube nommé (FIFO)");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Tr::tr("un périphérique");
    if (S_ISSOCK(st.st_mode))
        return Tr::tr("une socket");
    return Tr::tr("un fichier spécial");
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return QString();
    return info.isDir() ? Tr::tr("un dossier") : Tr::tr("un fichier spécial");
#endif
}

void refuseSpecialFile(const QString &path)
{
    const QString kind = specialFileKind(path);
    if (!kind.isEmpty())
        throw OdemaError(Tr::tr("« %1 » est %2, pas un fichier ordinaire : il n'a pas été lu. "
                                "Donnez le chemin d'un fichier enregistré sur le disque.").arg(path, kind));
}

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa {}, sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    const QString ca = canonicalSpelling(a);
    return !ca.isEmpty() && ca == canonicalSpelling(b);
}

} // namespace odema
