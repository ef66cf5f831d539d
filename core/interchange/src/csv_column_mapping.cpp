#include "cuesheet/interchange/csv_import.h"

#include "cuesheet/model/cue_fields.h"

namespace cuesheet {

QStringList csvImportFieldKeys() {
    QStringList keys{"title", "in", "out", "duration", "writers", "publishers", "iswc"};
    for (const QString& key : cueFieldKeys())
        if (!keys.contains(key))
            keys << key;
    return keys;
}

QString CsvColumnMapping::columnOf(const QString& field) const {
    for (const auto& [key, column] : fieldToColumn)
        if (key == field)
            return column;
    return {};
}

ParseResult<CsvColumnMapping> parseCsvColumnMapping(const QString& spec) {
    using Result = ParseResult<CsvColumnMapping>;
    const QStringList known = csvImportFieldKeys();
    CsvColumnMapping mapping;
    for (const QString& rawItem : spec.split(QLatin1Char(','))) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            return Result::failure("column mapping: an empty item (two commas, or a comma at an "
                                   "end); write field=Column Header,field=Column Header");
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals < 0)
            return Result::failure("column mapping: '" + item.toStdString() +
                                   "' has no '='; write field=Column Header");
        const QString field = item.left(equals).trimmed().toLower();
        const QString column = item.mid(equals + 1).trimmed();
        if (!known.contains(field))
            return Result::failure("column mapping: unknown field '" + field.toStdString() +
                                   "'; fields are: " + known.join(", ").toStdString());
        if (column.isEmpty())
            return Result::failure("column mapping: field '" + field.toStdString() +
                                   "' has an empty column header");
        if (!mapping.columnOf(field).isEmpty())
            return Result::failure("column mapping: field '" + field.toStdString() +
                                   "' is mapped twice");
        mapping.fieldToColumn.emplace_back(field, column);
    }
    for (const char* required : {"title", "in"})
        if (mapping.columnOf(required).isEmpty())
            return Result::failure(std::string("column mapping: field '") + required +
                                   "' is required (title, in, and out or duration)");
    if (mapping.columnOf("out").isEmpty() && mapping.columnOf("duration").isEmpty())
        return Result::failure("column mapping: map 'out' or 'duration' (title, in, and out or "
                               "duration are required)");
    return Result::success(std::move(mapping));
}

} // namespace cuesheet
