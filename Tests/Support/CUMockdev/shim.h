// umockdev's test API, used only by the emulated USB printer in Tests/Support/UMockdevPrinter.
// Guarded so the package still builds where umockdev is not installed (those tests then skip).
#if __has_include(<umockdev.h>)
#include <umockdev.h>
#endif
