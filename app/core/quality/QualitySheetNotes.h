#pragma once
// The lines a fact sheet prints in its notes for the doubtful figures of its territory:
// "À vérifier : <the finding's sentence>", with the analyst's comment when the finding was
// acknowledged. Warnings and errors only, about the territory itself, up to the sheet's year.
#include <QSqlDatabase>
#include <QStringList>

namespace odema {

/// At most `max` lines, latest first; one more line names how many were left out and the
/// command that lists them all.
QStringList qualitySheetNotes(const QSqlDatabase &db, qint64 territoryId, int year, int max = 2);

} // namespace odema
