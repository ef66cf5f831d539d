#include "cuesheet/model/society.h"

#include <QFile>
#include <QStringList>

namespace cuesheet {

SocietyTable SocietyTable::builtIn() {
    QFile file(":/cuesheet/societies.tsv");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    // The built-in table is checked by a unit test; a broken one would be empty here.
    return fromTsv(QString::fromUtf8(file.readAll()), &error);
}

SocietyTable SocietyTable::fromTsv(const QString& text, QString* error) {
    SocietyTable table;
    const QStringList lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList fields = lines[i].split('\t');
        bool ok = false;
        const int number = fields.value(1).trimmed().toInt(&ok);
        if (fields.size() != 4 || fields[0].trimmed().isEmpty() || !ok || number < 0) {
            if (error)
                *error = QString("societies table, line %1: expected code<TAB>cisac number"
                                 "<TAB>country<TAB>name")
                             .arg(i + 1);
            return {};
        }
        table.societies_.push_back(
            {fields[0].trimmed().toUpper(), number, fields[3].trimmed(), fields[2].trimmed()});
    }
    return table;
}

std::optional<Society> SocietyTable::find(const QString& codeOrNumber) const {
    const QString wanted = codeOrNumber.trimmed();
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    for (const auto& society : societies_) {
        if (isNumber ? society.cisacNumber == number
                     : society.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return society;
    }
    return std::nullopt;
}

} // namespace cuesheet
