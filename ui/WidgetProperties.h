#pragma once

namespace pasban::ui {

// Marks a widget whose text is an identifier or a product name on purpose (a
// path, a version, a language's own name), so the translation completeness test
// does not count it as untranslated.
inline constexpr const char *IdentifierProperty = "pasbanIdentifier";

} // namespace pasban::ui
