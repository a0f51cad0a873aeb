#include "palettes.h"

#include "contrast.h"

#include <QApplication>
#include <QStyle>

namespace rb {

namespace {

// Each text role and what it is drawn on.
struct TextOn
{
    QPalette::ColorRole text;
    QList<QPalette::ColorRole> grounds;
};

const QList<TextOn> &textRoles()
{
    static const QList<TextOn> roles = {
        {QPalette::WindowText, {QPalette::Window}},
        {QPalette::Text, {QPalette::Base, QPalette::AlternateBase}},
        {QPalette::PlaceholderText, {QPalette::Base, QPalette::AlternateBase}},
        {QPalette::ButtonText, {QPalette::Button}},
        {QPalette::ToolTipText, {QPalette::ToolTipBase}},
        // Links are in rich text on a base (the inspector, the explanation) and in labels on a window.
        {QPalette::Link, {QPalette::Base, QPalette::AlternateBase, QPalette::Window}},
        {QPalette::LinkVisited, {QPalette::Base, QPalette::AlternateBase, QPalette::Window}},
    };
    return roles;
}

QColor reaching(const QPalette &palette, QPalette::ColorGroup group, const TextOn &pair)
{
    QList<QColor> grounds;
    for (const QPalette::ColorRole ground : pair.grounds)
        grounds.append(palette.color(group, ground));
    return withContrast(palette.color(group, pair.text), grounds, TextContrast);
}

} // namespace

QPalette readablePalette(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const TextOn &pair : textRoles()) {
            const QColor readable = reaching(palette, group, pair);
            if (readable != palette.color(group, pair.text))
                palette.setColor(group, pair.text, readable);
        }
        // The selection's text keeps its colour (white, as a rule); the selection deepens.
        const QColor selected = palette.color(group, QPalette::HighlightedText);
        const QColor highlight = palette.color(group, QPalette::Highlight);
        if (contrastRatio(selected, highlight) < TextContrast)
            palette.setColor(group, QPalette::Highlight, withContrast(highlight, {selected}, TextContrast));
    }
    return palette;
}

QPalette lightPalette()
{
    return readablePalette(QApplication::style()->standardPalette());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    // Lightened below as far as 4.5:1 needs: a placeholder is read, disabled text is not.
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(38, 110, 190));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return readablePalette(p);
}

QColor mutedTextColor(const QPalette &palette)
{
    return withContrast(palette.color(QPalette::PlaceholderText),
                        {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)}, TextContrast);
}

QColor problemTextColor(const QPalette &palette)
{
    return withContrast(QColor(0xa4, 0x26, 0x2c), {palette.color(QPalette::Window), palette.color(QPalette::Base)},
                        TextContrast);
}

} // namespace rb
