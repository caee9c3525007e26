#include "import/ColumnMapping.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kGroup = QStringLiteral("import/mappings");

QString fieldKey(MappedField field)
{
    switch (field) {
    case MappedField::Year: return QStringLiteral("annee");
    case MappedField::TerritoryCode: return QStringLiteral("territoire");
    case MappedField::Stream: return QStringLiteral("flux");
    case MappedField::Mode: return QStringLiteral("mode");
    case MappedField::Channel: return QStringLiteral("canal");
    case MappedField::Tonnes: return QStringLiteral("tonnes");
    case MappedField::Population: return QStringLiteral("population");
    }
    return QString();
}
} // namespace

QList<MappedField> allMappedFields()
{
    return {MappedField::Year, MappedField::TerritoryCode, MappedField::Stream, MappedField::Mode,
            MappedField::Channel, MappedField::Tonnes, MappedField::Population};
}

QString mappedFieldLabel(MappedField field)
{
    switch (field) {
    case MappedField::Year: return Tr::tr("Année");
    case MappedField::TerritoryCode: return Tr::tr("Territoire (code)");
    case MappedField::Stream: return Tr::tr("Flux (type de déchet)");
    case MappedField::Mode: return Tr::tr("Mode de traitement");
    case MappedField::Channel: return Tr::tr("Canal");
    case MappedField::Tonnes: return Tr::tr("Tonnes");
    case MappedField::Population: return Tr::tr("Population");
    }
    return QString();
}

bool mappedFieldRequired(MappedField field)
{
    return field == MappedField::Year || field == MappedField::TerritoryCode || field == MappedField::Stream
        || field == MappedField::Tonnes;
}

QList<MappedField> ColumnMapping::missing() const
{
    QList<MappedField> out;
    for (MappedField f : allMappedFields())
        if (mappedFieldRequired(f) && columns.value(f, -1) < 0)
            out << f;
    return out;
}

LayoutMatch ColumnMapping::toLayoutMatch() const
{
    LayoutMatch match{Layout::Mapped, {}, level, {}, {}};
    auto put = [&](MappedField f, Role role) {
        const int column = columns.value(f, -1);
        if (column >= 0)
            match.columns.insert(role, column);
    };
    put(MappedField::Year, Role::Year);
    put(MappedField::TerritoryCode, Role::TerritoryCode);
    put(MappedField::Stream, streamIsCode ? Role::StreamCode : Role::StreamLabel);
    put(MappedField::Mode, modeIsCode ? Role::ModeCode : Role::ModeLabel);
    put(MappedField::Channel, Role::Channel);
    put(MappedField::Tonnes, Role::Tonnes);
    put(MappedField::Population, Role::Population);
    return match;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (it.value() >= 0)
            cols.insert(fieldKey(it.key()), it.value());
    return {{QStringLiteral("name"), name},
            {QStringLiteral("header"), QJsonArray::fromStringList(header)},
            {QStringLiteral("columns"), cols},
            {QStringLiteral("level"), levelKey(level)},
            {QStringLiteral("streamIsCode"), streamIsCode},
            {QStringLiteral("modeIsCode"), modeIsCode}};
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &object)
{
    ColumnMapping m;
    m.name = object.value(QStringLiteral("name")).toString();
    for (const QJsonValue &v : object.value(QStringLiteral("header")).toArray())
        m.header << v.toString();
    const QJsonObject cols = object.value(QStringLiteral("columns")).toObject();
    for (MappedField f : allMappedFields())
        if (cols.contains(fieldKey(f)))
            m.columns.insert(f, cols.value(fieldKey(f)).toInt());
    const auto level = levelFromKey(object.value(QStringLiteral("level")).toString());
    if (m.name.isEmpty() || !level)
        return std::nullopt;
    m.level = *level;
    m.streamIsCode = object.value(QStringLiteral("streamIsCode")).toBool();
    m.modeIsCode = object.value(QStringLiteral("modeIsCode")).toBool();
    return m;
}

QString headerSignature(const QStringList &header)
{
    QStringList keys;
    for (const QString &h : header)
        keys << foldKey(h);
    return keys.join(QLatin1Char('|'));
}

ColumnMapping guessMapping(const QStringList &header)
{
    ColumnMapping m;
    m.header = header;
    auto has = [](const QString &key, std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (key.contains(QLatin1String(w)))
                return true;
        return false;
    };
    for (int i = 0; i < header.size(); ++i) {
        const QString key = foldKey(header.at(i));
        auto take = [&](MappedField f) {
            if (!m.columns.contains(f))
                m.columns.insert(f, i);
        };
        if (has(key, {"annee", "year", "millesime"}))
            take(MappedField::Year);
        else if (has(key, {"tonnage", "tonnes", "quantite", "poids"}))
            take(MappedField::Tonnes);
        else if (has(key, {"population", "habitants", "pop"}))
            take(MappedField::Population);
        else if (has(key, {"canal", "channel"}))
            take(MappedField::Channel);
        else if (has(key, {"mode", "traitement", "destination", "filiere"}))
            take(MappedField::Mode);
        else if (has(key, {"dechet", "flux", "stream", "typ"}))
            take(MappedField::Stream);
        else if (has(key, {"siren", "epci"})) {
            take(MappedField::TerritoryCode);
            m.level = Level::Epci;
        } else if (has(key, {"insee", "commune", "codgeo"}) && !m.columns.contains(MappedField::TerritoryCode)) {
            take(MappedField::TerritoryCode);
            m.level = Level::Commune;
        } else if (has(key, {"dep", "territoire", "code"})) {
            take(MappedField::TerritoryCode);
        }
    }
    return m;
}

MappingLibrary::MappingLibrary(QSettings *settings) : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

MappingLibrary::~MappingLibrary() = default;

QStringList MappingLibrary::names() const
{
    m_settings->beginGroup(kGroup);
    QStringList names;
    for (const QString &key : m_settings->childKeys())
        if (auto m = byNameUnlocked(key))
            names << m->name;
    m_settings->endGroup();
    return names;
}

std::optional<ColumnMapping> MappingLibrary::byName(const QString &name) const
{
    m_settings->beginGroup(kGroup);
    auto m = byNameUnlocked(QString::fromLatin1(name.toUtf8().toHex()));
    m_settings->endGroup();
    return m;
}

std::optional<ColumnMapping> MappingLibrary::byNameUnlocked(const QString &key) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_settings->value(key).toString().toUtf8());
    return doc.isObject() ? ColumnMapping::fromJson(doc.object()) : std::nullopt;
}

std::optional<ColumnMapping> MappingLibrary::forHeader(const QStringList &header) const
{
    const QString signature = headerSignature(header);
    m_settings->beginGroup(kGroup);
    std::optional<ColumnMapping> found;
    for (const QString &key : m_settings->childKeys()) {
        auto m = byNameUnlocked(key);
        if (m && headerSignature(m->header) == signature) {
            found = m;
            break;
        }
    }
    m_settings->endGroup();
    return found;
}

void MappingLibrary::save(const ColumnMapping &mapping)
{
    if (mapping.name.trimmed().isEmpty())
        throw OdemaError(Tr::tr("Donnez un nom à la correspondance de colonnes pour l'enregistrer."));
    // Keys are hex so that any name (accents, slashes) is a valid settings key.
    m_settings->setValue(kGroup + QLatin1Char('/') + QString::fromLatin1(mapping.name.toUtf8().toHex()),
                         QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    m_settings->sync();
}

void MappingLibrary::remove(const QString &name)
{
    m_settings->remove(kGroup + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex()));
    m_settings->sync();
}

} // namespace odema
