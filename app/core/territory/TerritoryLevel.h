#pragma once
// Territory levels and references. Codes collide across levels ("32" is Hauts-de-France and
// the Gers), so a territory is always named by level and code: "region:32", "departement:59".
#include <QString>
#include <QStringList>
#include <optional>

namespace odema {

enum class Level { France, Region, Departement, Epci, Syndicat, Commune };

/// Stored and command-line key: "france", "region", "departement", "epci", "syndicat", "commune".
QString levelKey(Level level);
/// French label for people: "Région", "Département", "EPCI"…
QString levelLabel(Level level);
/// The same inside a sentence: "région", "département", but "EPCI" (its own translation).
QString levelInText(Level level);
std::optional<Level> levelFromKey(const QString &key);
QStringList allLevelKeys();
/// Depth in the tree, France = 0 … commune = 4 (syndicat sits beside EPCI).
int levelDepth(Level level);

struct TerritoryRef {
    Level level = Level::France;
    QString code;

    QString toString() const { return levelKey(level) + QLatin1Char(':') + code; }
    bool operator==(const TerritoryRef &o) const { return level == o.level && code == o.code; }
};

/// Parses "region:32", "departement:59", "epci:200093201", "france". Throws OdemaError on bad text.
TerritoryRef parseTerritoryRef(const QString &text);
/// A bare text is a reference when it has the level prefix; otherwise it may be a name.
bool looksLikeTerritoryRef(const QString &text);

/// Département codes from files may have lost their leading zero ("1" -> "01").
QString normaliseDepartementCode(const QString &raw, bool *repaired = nullptr);

} // namespace odema
