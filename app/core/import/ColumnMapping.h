#pragma once
// A user's column mapping for tonnage files the application does not recognise: which column
// holds the year, the territory code (and at which level), the stream, the treatment mode,
// the channel, the tonnes and the population. Saved under a name and offered again for files
// with the same header (MappingLibrary, in the user's settings).
#include "import/FileLayout.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace odema {

enum class MappedField { Year, TerritoryCode, Stream, Mode, Channel, Tonnes, Population };

/// All fields, in the order the dialog shows them.
QList<MappedField> allMappedFields();
/// French label: "Année", "Territoire (code)"…
QString mappedFieldLabel(MappedField field);
bool mappedFieldRequired(MappedField field);

struct ColumnMapping {
    QString name;
    QStringList header;               ///< the header it was made for
    QHash<MappedField, int> columns;  ///< field -> 0-based column
    Level level = Level::Departement; ///< of the territory codes
    bool streamIsCode = false;        ///< stream column holds codes ("02A") rather than labels
    bool modeIsCode = false;

    /// Required fields left without a column (year, territory, stream, tonnes).
    QList<MappedField> missing() const;
    /// The layout the importer reads with; requires missing() to be empty.
    LayoutMatch toLayoutMatch() const;

    QJsonObject toJson() const;
    static std::optional<ColumnMapping> fromJson(const QJsonObject &object);
};

/// Key of a header that ignores case, accents, spaces and underscores.
QString headerSignature(const QStringList &header);

/// A first proposal from column names ("annee", "code_epci", "tonnage"…), for the user to fix.
ColumnMapping guessMapping(const QStringList &header);

/// Saved mappings, in QSettings (the user's, or the one given, e.g. an .ini file in tests).
class MappingLibrary {
public:
    explicit MappingLibrary(QSettings *settings = nullptr);
    ~MappingLibrary();

    QStringList names() const;
    std::optional<ColumnMapping> byName(const QString &name) const;
    /// The saved mapping made for this same header, if any.
    std::optional<ColumnMapping> forHeader(const QStringList &header) const;
    /// Saves (or replaces) the mapping under its name; throws OdemaError when it has no name.
    void save(const ColumnMapping &mapping);
    void remove(const QString &name);

private:
    std::optional<ColumnMapping> byNameUnlocked(const QString &key) const;

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_owned;
};

} // namespace odema
