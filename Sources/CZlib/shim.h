// zlib, which Till uses to inflate PNG image data and check PNG chunk CRCs.
#include <zlib.h>
