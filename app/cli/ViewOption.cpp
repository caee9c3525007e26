#include "cli/ViewOption.h"

#include "common/OdemaError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace odema::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QCommandLineOption viewOption()
{
    return QCommandLineOption(QStringLiteral("view"),
                              Tr::tr("Vue enregistrée dans la fenêtre (Fichier › Enregistrer la vue) : territoires, années, flux, "
                                     "options ; les autres options la précisent."),
                              QStringLiteral("VUE"));
}

std::optional<ViewState> viewFrom(const QCommandLineParser &parser, const QSqlDatabase &db)
{
    if (!parser.isSet(QStringLiteral("view")))
        return std::nullopt;
    const QString path = parser.value(QStringLiteral("view"));
    const RestoredView restored = ViewResolver(db).restore(SavedView::read(path));
    if (!restored.complete())
        throw OdemaError(Tr::tr("La vue %1 ne peut pas être rétablie sur cette base ; rien n'a été écrit.").arg(path),
                         restored.notRestored);
    return restored.state;
}

} // namespace odema::cli
