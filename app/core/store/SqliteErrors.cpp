#include "store/SqliteErrors.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace odema::sqlite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

/// What happened and what to do, by SQLite's primary result code; empty when not named.
QString knownFailure(int primary, const QString &store)
{
    switch (primary) {
    case SQLITE_FULL:
        return Tr::tr("Le disque de la base « %1 » est plein : l'écriture a été annulée et la base est telle qu'avant. "
                      "Libérez de la place sur ce disque (ou importez dans une base située ailleurs), puis recommencez.").arg(store);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("La base « %1 » est verrouillée par un autre programme (une autre fenêtre d'Odema Explorer, un import en "
                      "cours ?). Réessayez quand il aura fini ; la base n'a pas été modifiée.").arg(store);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return Tr::tr("La base « %1 » est endommagée (une de ses pages est illisible) ; elle n'a pas été modifiée. Restaurez une "
                      "copie de sauvegarde, ou réimportez les fichiers sources dans une nouvelle base.").arg(store);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Tr::tr("La base « %1 » ne peut pas être écrite (support en lecture seule ou droits insuffisants) ; elle n'a pas "
                      "été modifiée. Copiez-la dans un dossier où vous pouvez écrire.").arg(store);
    case SQLITE_CANTOPEN:
        return Tr::tr("La base « %1 » ne peut pas être ouverte : le fichier a disparu, ou son dossier est en lecture seule alors "
                      "qu'elle a des écritures en attente (fichier -wal). Copiez la base avec ses fichiers -wal et -shm dans un "
                      "dossier où vous pouvez écrire.").arg(store);
    case SQLITE_IOERR:
        return Tr::tr("Le disque de la base « %1 » n'a pas pu être lu ou écrit (support retiré, réseau coupé, disque défaillant ?) ; "
                      "l'opération a été annulée. Vérifiez le support, puis recommencez.").arg(store);
    case SQLITE_NOMEM:
        return Tr::tr("Mémoire insuffisante pour travailler sur la base « %1 » ; l'opération a été annulée. Fermez d'autres "
                      "programmes, puis recommencez.").arg(store);
    case SQLITE_INTERRUPT:
        return Tr::tr("La lecture de la base « %1 » a été interrompue.").arg(store);
    default:
        return QString();
    }
}
} // namespace

QString storeFileOf(sqlite3 *handle)
{
    const char *name = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return name && *name ? QString::fromUtf8(name) : Tr::tr("(base en mémoire)");
}

OdemaError failure(sqlite3 *handle, int code, const QString &engineText, const QString &statement)
{
    const QString store = storeFileOf(handle);
    if (code == 0 && handle)
        code = sqlite3_extended_errcode(handle); // Qt's BEGIN and COMMIT errors carry no code
    QStringList details;
    if (qEnvironmentVariableIsSet("ODEMA_DEBUG_SQL") && !statement.isEmpty())
        details << Tr::tr("Requête : %1").arg(statement.simplified().left(300));
    const QString known = knownFailure(code & 0xff, store);
    if (!known.isEmpty())
        return OdemaError(known, details);
    details.prepend(Tr::tr("Détail technique : SQLite %1, « %2 »").arg(QString::number(code), engineText));
    return OdemaError(Tr::tr("L'opération sur la base « %1 » a échoué (erreur interne de SQLite). Si cela se reproduit, "
                             "signalez-le avec le détail ci-dessous.").arg(store),
                      details);
}

} // namespace odema::sqlite
