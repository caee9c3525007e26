#include "store/PostgresLocation.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// libpq keywords a user may add to the URI. Host, port, user and dbname come from the URI
// itself; password is refused; the rest (hostaddr, application_name…) the application sets.
const char *const kAllowedOptions[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl",
                                       "connect_timeout", "target_session_attrs", "gssencmode",
                                       "krbsrvname", "passfile", "channel_binding", "service"};

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

[[noreturn]] void refusePassword(const QString &shown)
{
    throw OdemaError(Tr::tr("« %1 » contient un mot de passe : il ne doit jamais être écrit dans l'adresse de la base "
                        "(il resterait visible dans l'historique et la liste des processus). Mettez-le dans ~/.pgpass "
                        "(une ligne hôte:port:base:utilisateur:mot-de-passe, droits 600) ou dans pg_service.conf ; "
                        "la fenêtre peut aussi le garder dans le trousseau du bureau.").arg(shown));
}

} // namespace

bool PostgresLocation::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("service="), Qt::CaseInsensitive);
}

PostgresLocation PostgresLocation::parse(const QString &location)
{
    PostgresLocation l;
    if (location.startsWith(QLatin1String("service="), Qt::CaseInsensitive)) {
        l.service = location.mid(8).trimmed();
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
        if (!valid.match(l.service).hasMatch())
            throw OdemaError(Tr::tr("« %1 » : nom de service PostgreSQL invalide (lettres, chiffres, « _ », « - » et « . » ; "
                                "voir pg_service.conf).").arg(location));
        return l;
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        throw OdemaError(Tr::tr("« %1 » n'est pas une adresse PostgreSQL lisible : %2. Forme attendue : "
                            "postgresql://utilisateur@hôte:port/base").arg(location, url.errorString()));
    if (!url.password().isEmpty())
        refusePassword(url.toString(QUrl::RemovePassword));
    l.host = url.host();
    l.port = url.port(-1);
    l.user = url.userName();
    l.database = url.path().mid(1);
    if (l.database.contains(QLatin1Char('/')))
        throw OdemaError(Tr::tr("« %1 » : le nom de la base ne peut pas contenir « / ».").arg(location));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            refusePassword(url.toString(QUrl::RemoveQuery));
        bool allowed = false;
        for (const char *option : kAllowedOptions)
            allowed = allowed || key == QLatin1String(option);
        if (key == QLatin1String("host"))
            l.host = value; // postgresql:///odema?host=/run/postgresql
        else if (key == QLatin1String("port"))
            l.port = value.toInt();
        else if (key == QLatin1String("user"))
            l.user = value;
        else if (key == QLatin1String("dbname"))
            l.database = value;
        else if (allowed)
            l.options.insert(key, value);
        else
            throw OdemaError(Tr::tr("« %1 » : paramètre « %2 » inconnu ou non permis dans l'adresse (permis : sslmode, "
                                "connect_timeout, service, passfile…).").arg(location, key));
    }
    return l;
}

QString PostgresLocation::connectOptions() const
{
    QStringList parts;
    if (!service.isEmpty())
        parts << QStringLiteral("service=") + quoted(service);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    // QSqlDatabase separates options with ';' and hands them to libpq with spaces.
    return parts.join(QLatin1Char(';'));
}

QString PostgresLocation::displayName() const
{
    if (!service.isEmpty())
        return Tr::tr("service PostgreSQL « %1 »").arg(service);
    const QString server = (host.isEmpty() ? Tr::tr("serveur local") : host) + (port > 0 ? QStringLiteral(":%1").arg(port) : QString());
    const QString base = database.isEmpty() ? (user.isEmpty() ? Tr::tr("base par défaut") : user) : database;
    return user.isEmpty() ? Tr::tr("%1 sur %2").arg(base, server) : Tr::tr("%1 sur %2 (%3)").arg(base, server, user);
}

QString PostgresLocation::credentialKey() const
{
    if (!service.isEmpty())
        return QStringLiteral("service=") + service;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host, QString::number(port > 0 ? port : 5432), database);
}

} // namespace odema
