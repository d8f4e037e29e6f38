#ifndef SAMENOP_CQRENCODE_SHIM_H
#define SAMENOP_CQRENCODE_SHIM_H

// Debian's libqrencode (libqrencode-dev), reached as a system library like readline; the room
// draws its join address as a QR code in the terminal with it.
#include <qrencode.h>

#endif
