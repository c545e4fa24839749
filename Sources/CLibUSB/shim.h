// libusb 1.0, the only USB access Till uses (printers and HID scanners).
#include <libusb-1.0/libusb.h>
