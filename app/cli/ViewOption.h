#pragma once
// `--view FILE` of the chart, map, export and report verbs: the saved view restored on the
// store, so a view saved in the window gives the same output headless. A view this store cannot
// restore whole is refused, naming what is missing: the output would not be what was saved.
// Options given beside --view override the view's.
#include "view/ViewResolver.h"

#include <QCommandLineOption>
#include <optional>

class QCommandLineParser;

namespace odema::cli {

QCommandLineOption viewOption();
/// The state of --view on `db`, nullopt without --view; throws OdemaError.
std::optional<ViewState> viewFrom(const QCommandLineParser &parser, const QSqlDatabase &db);

} // namespace odema::cli
