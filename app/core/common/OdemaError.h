#pragma once
// The one exception type of the data layer: its message is meant for the user, in French,
// and says what went wrong and what to do about it.
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace odema {

class OdemaError : public std::runtime_error {
public:
    explicit OdemaError(const QString &message, QStringList details = {})
        : std::runtime_error(message.toStdString()), m_message(message), m_details(std::move(details)) {}

    QString message() const { return m_message; }
    /// Extra lines (for instance one `file:line:column: reason` per problem).
    QStringList details() const { return m_details; }

private:
    QString m_message;
    QStringList m_details;
};

} // namespace odema
