#pragma once
// What the filter bar and the export verb offer and accept: the streams (by family), modes,
// channels and years present in a store, and lookups of user text (code or label, case and
// accents ignored) to ids.
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace odema {

struct Choice {
    qint64 id = 0;
    QString code;
    QString label;
    QString group; ///< stream family ("decheterie", "oma", "dma") or mode group
};

struct FilterChoices {
    QList<Choice> streams;  ///< by family then code
    QList<Choice> modes;    ///< in the nomenclature's order
    QList<Choice> channels;
    QList<int> years;       ///< years that hold flows, ascending

    static FilterChoices load(const QSqlDatabase &db);
};

/// French title of a stream family: "Déchèterie", "Ordures ménagères et assimilées (OMA)"…
QString familyTitle(const QString &family);

/// Id of the stream, mode or channel named by `text` (code, or label ignoring case and accents);
/// throws OdemaError listing what exists when nothing matches.
qint64 lookupStream(const QSqlDatabase &db, const QString &text);
qint64 lookupMode(const QSqlDatabase &db, const QString &text);
qint64 lookupChannel(const QSqlDatabase &db, const QString &text);

} // namespace odema
