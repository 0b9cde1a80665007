#include "CodeForms.h"

#include "lists/CodeGrammar.h"

namespace paceline::CodeForms {

QStringList candidates(const QString& text)
{
    return CodeGrammar::candidates(text);
}

QString parentCode(const QString& code)
{
    return CodeGrammar::parentCode(code);
}

} // namespace paceline::CodeForms
