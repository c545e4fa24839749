// umockdev-scanner: an emulated USB HID barcode scanner for testing Till's libusb scanner.
//
// It creates a umockdev testbed with one scanner (default 05e0:1200, one HID interface 3/1/1, a
// boot keyboard, with an interrupt IN endpoint), answers the usbdevfs ioctls libusb sends, and
// hands out the given input reports, one per read, in order. It then runs a command (which
// inherits UMOCKDEV_DIR), waits for it and prints what the scanner saw. Run it with
// LD_PRELOAD=libumockdev-preload.so.0; never run a build under that preload.
//
//   umockdev-scanner [options] [steps] -- COMMAND [ARGS...]
//   umockdev-scanner --check          exit 0 when emulation works here, 3 without the preload,
//                                     77 when this build has no umockdev
//
//   --vid=HEX --pid=HEX               device ids (05e0, 1200)
//   --class=N --subclass=N --protocol=N
//                                     the interface (3, 1, 1: a boot keyboard; 3, 0, 0: HID POS)
//   --in=HEX --packet=N               the interrupt IN endpoint and its packet size (0x81, 8)
//   --busy                            another program holds the interface: claims fail (EBUSY)
//
// Steps, taken in order as reads come in:
//   --report=HEX                      one input report, the answer to the next read
//   --unplug=N                        the scanner goes away: the next read fails (ENODEV), and so
//                                     do the next N claims; after them it is back
// Once the steps run out, reads wait until libusb gives up on them (its timeout).
//
// Output after COMMAND exits: "mock: protocol <boot|report|unset>" (the last SET_PROTOCOL),
// "mock: claims <n>" (claim attempts), "mock: driver <usbhid|none>" (who holds the interface).

#include <stdio.h>

#if __has_include(<umockdev.h>)

#include <errno.h>
#include <sys/ioctl.h>
#include <linux/usbdevice_fs.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <umockdev.h>

extern char **environ;

static const char *device_node = "/dev/bus/usb/001/001";

// A step of the script: a report to deliver, or an unplug lasting `absent_claims` claims.
typedef struct {
    GByteArray *report;
    unsigned absent_claims;
} Step;

// One transfer libusb submitted and has not reaped yet.
typedef struct {
    UMockdevIoctlData *urb;
    gboolean ready;
} Flight;

// The scanner's "firmware" state, shared by the ioctl handler thread and main.
typedef struct {
    GMutex lock;
    unsigned vendor, product, interface_class, subclass, protocol, in_endpoint, packet;
    gboolean busy, driver_bound;
    const char *protocol_set;
    unsigned claims, absent_claims;
    GPtrArray *steps;
    guint next_step;
    GPtrArray *flights;
} Scanner;

// A claim (plain or detaching usbhid): refused while unplugged or held by another program.
static void claim(Scanner *scanner, UMockdevIoctlClient *client, gboolean detaching) {
    scanner->claims += 1;
    if (scanner->absent_claims > 0) {
        scanner->absent_claims -= 1;
        umockdev_ioctl_client_complete(client, -1, ENODEV);
    } else if (scanner->busy || (!detaching && scanner->driver_bound)) {
        umockdev_ioctl_client_complete(client, -1, EBUSY);
    } else {
        if (detaching) scanner->driver_bound = FALSE;
        umockdev_ioctl_client_complete(client, 0, 0);
    }
}

// A control transfer: SET_PROTOCOL is recorded, anything else stalls.
static gboolean control(Scanner *scanner, struct usbdevfs_urb *urb, UMockdevIoctlData *urb_data) {
    UMockdevIoctlData *buffer = umockdev_ioctl_data_resolve(
        urb_data, G_STRUCT_OFFSET(struct usbdevfs_urb, buffer), (gsize) urb->buffer_length, NULL);
    const guint8 *setup = buffer->data;
    gboolean known = urb->buffer_length >= 8 && setup[0] == 0x21 && setup[1] == 0x0b;
    if (known) scanner->protocol_set = (setup[2] | setup[3] << 8) == 0 ? "boot" : "report";
    urb->actual_length = 0;
    urb->status = known ? 0 : -EPIPE;
    g_object_unref(buffer);
    return TRUE;
}

// An interrupt IN read: the next report (ready), a vanished device (ENODEV), or a wait until
// libusb gives up (neither).
static int interrupt_read(Scanner *scanner, struct usbdevfs_urb *urb, UMockdevIoctlData *urb_data,
                          gboolean *ready) {
    if (scanner->next_step >= scanner->steps->len) return 0;
    Step *step = g_ptr_array_index(scanner->steps, scanner->next_step++);
    if (step->report == NULL) {
        scanner->absent_claims = step->absent_claims;
        return ENODEV;
    }
    UMockdevIoctlData *buffer = umockdev_ioctl_data_resolve(
        urb_data, G_STRUCT_OFFSET(struct usbdevfs_urb, buffer), (gsize) urb->buffer_length, NULL);
    guint count = MIN((guint) urb->buffer_length, step->report->len);
    memcpy(buffer->data, step->report->data, count);
    g_object_unref(buffer);
    urb->actual_length = (int) count;
    urb->status = 0;
    *ready = TRUE;
    return 0;
}

// SUBMITURB: answer SET_PROTOCOL on EP0 and reads on the interrupt IN endpoint.
static void submit(Scanner *scanner, UMockdevIoctlClient *client, UMockdevIoctlData *argument) {
    UMockdevIoctlData *urb_data = umockdev_ioctl_data_resolve(argument, 0, sizeof(struct usbdevfs_urb), NULL);
    struct usbdevfs_urb *urb = (struct usbdevfs_urb *) urb_data->data;
    gboolean ready = FALSE;
    int error = 0;
    if (urb->type == USBDEVFS_URB_TYPE_CONTROL && urb->endpoint == 0) {
        ready = control(scanner, urb, urb_data);
    } else if (urb->type == USBDEVFS_URB_TYPE_INTERRUPT && urb->endpoint == scanner->in_endpoint) {
        error = interrupt_read(scanner, urb, urb_data, &ready);
    } else {
        fprintf(stderr, "mock: no endpoint 0x%02x of type %d\n", urb->endpoint, urb->type);
        error = ENOENT;
    }
    if (error != 0) {
        g_object_unref(urb_data);
        umockdev_ioctl_client_complete(client, -1, error);
        return;
    }
    Flight *flight = g_new0(Flight, 1);
    flight->urb = urb_data;
    flight->ready = ready;
    g_ptr_array_add(scanner->flights, flight);
    umockdev_ioctl_client_complete(client, 0, 0);
}

// REAPURB(NDELAY): hand back the first finished transfer.
static void reap(Scanner *scanner, UMockdevIoctlClient *client, UMockdevIoctlData *argument) {
    for (guint i = 0; i < scanner->flights->len; i++) {
        Flight *flight = g_ptr_array_index(scanner->flights, i);
        if (!flight->ready) continue;
        UMockdevIoctlData *pointer = umockdev_ioctl_data_resolve(argument, 0, sizeof(gpointer), NULL);
        umockdev_ioctl_data_set_ptr(pointer, 0, flight->urb);
        g_ptr_array_remove_index(scanner->flights, i);
        umockdev_ioctl_client_complete(client, 0, 0);
        g_object_unref(pointer);
        g_object_unref(flight->urb);
        g_free(flight);
        return;
    }
    umockdev_ioctl_client_complete(client, -1, EAGAIN);
}

// DISCARDURB: libusb gave up on a read (its timeout); it ends as cancelled.
static void discard(Scanner *scanner, UMockdevIoctlClient *client, UMockdevIoctlData *argument) {
    gulong address = *(gulong *) argument->data;
    for (guint i = 0; i < scanner->flights->len; i++) {
        Flight *flight = g_ptr_array_index(scanner->flights, i);
        if (flight->urb->client_addr != address) continue;
        ((struct usbdevfs_urb *) flight->urb->data)->status = -ENOENT;
        flight->ready = TRUE;
        umockdev_ioctl_client_complete(client, 0, 0);
        return;
    }
    umockdev_ioctl_client_complete(client, -1, EINVAL);
}

static gboolean handle_ioctl(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, Scanner *scanner) {
    (void) handler;
    UMockdevIoctlData *argument = umockdev_ioctl_client_get_arg(client);
    gulong request = umockdev_ioctl_client_get_request(client);
    g_mutex_lock(&scanner->lock);
    gboolean handled = TRUE;
    switch (request) {
    case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData *caps = umockdev_ioctl_data_resolve(argument, 0, sizeof(guint32), NULL);
        *(guint32 *) caps->data = USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM;
        umockdev_ioctl_client_complete(client, 0, 0);
        g_object_unref(caps);
        break;
    }
    case USBDEVFS_CLAIMINTERFACE:
        claim(scanner, client, FALSE);
        break;
    case USBDEVFS_DISCONNECT_CLAIM:
        claim(scanner, client, TRUE);
        break;
    case USBDEVFS_GETDRIVER: {
        UMockdevIoctlData *query = umockdev_ioctl_data_resolve(argument, 0, sizeof(struct usbdevfs_getdriver), NULL);
        if (scanner->driver_bound) {
            g_strlcpy(((struct usbdevfs_getdriver *) query->data)->driver, "usbhid", USBDEVFS_MAXDRIVERNAME);
            umockdev_ioctl_client_complete(client, 0, 0);
        } else {
            umockdev_ioctl_client_complete(client, -1, ENODATA);
        }
        g_object_unref(query);
        break;
    }
    case USBDEVFS_IOCTL: {
        UMockdevIoctlData *command = umockdev_ioctl_data_resolve(argument, 0, sizeof(struct usbdevfs_ioctl), NULL);
        int code = ((struct usbdevfs_ioctl *) command->data)->ioctl_code;
        if (code == USBDEVFS_CONNECT) scanner->driver_bound = TRUE;
        if (code == USBDEVFS_DISCONNECT) scanner->driver_bound = FALSE;
        umockdev_ioctl_client_complete(client, 0, 0);
        g_object_unref(command);
        break;
    }
    case USBDEVFS_RELEASEINTERFACE:
    case USBDEVFS_SETCONFIGURATION:
    case USBDEVFS_SETINTERFACE:
    case USBDEVFS_CLEAR_HALT:
    case USBDEVFS_RESET:
    case USBDEVFS_RESETEP:
        umockdev_ioctl_client_complete(client, 0, 0);
        break;
    case USBDEVFS_SUBMITURB:
        submit(scanner, client, argument);
        break;
    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY:
        reap(scanner, client, argument);
        break;
    case USBDEVFS_DISCARDURB:
        discard(scanner, client, argument);
        break;
    default:
        fprintf(stderr, "mock: unhandled ioctl 0x%lx\n", request);
        handled = FALSE;
    }
    g_mutex_unlock(&scanner->lock);
    return handled;
}

// The sysfs record of the device; its descriptors are, in hex: device (18 bytes), configuration
// (9), interface (9, class 3/1/1 unless told otherwise), HID (9), interrupt IN endpoint (7).
static char *device_record(const Scanner *scanner) {
    char *device = g_strdup_printf("1201000200000040%02x%02x%02x%02x000100000001", scanner->vendor & 0xff,
                                   scanner->vendor >> 8, scanner->product & 0xff, scanner->product >> 8);
    const char *configuration = "0902220001010080fa";
    char *interface = g_strdup_printf("0904000001%02x%02x%02x00", scanner->interface_class, scanner->subclass,
                                      scanner->protocol);
    const char *hid = "092111010001223f00";
    char *endpoint = g_strdup_printf("0705%02x03%02x%02x0a", scanner->in_endpoint, scanner->packet & 0xff,
                                     scanner->packet >> 8);
    char *record = g_strdup_printf(
        "P: /devices/usb1\n"
        "N: bus/usb/001/001\n"
        "E: SUBSYSTEM=usb\n"
        "E: DEVTYPE=usb_device\n"
        "E: DEVNAME=/dev/bus/usb/001/001\n"
        "E: BUSNUM=001\n"
        "E: DEVNUM=001\n"
        "A: busnum=1\\n\n"
        "A: devnum=1\\n\n"
        "A: bConfigurationValue=1\\n\n"
        "A: speed=12\\n\n"
        "H: descriptors=%s%s%s%s%s\n",
        device, configuration, interface, hid, endpoint);
    g_free(device);
    g_free(interface);
    g_free(endpoint);
    return record;
}

static unsigned option_value(const char *argument, const char *name, int base, unsigned fallback) {
    size_t length = strlen(name);
    return strncmp(argument, name, length) == 0 ? (unsigned) strtoul(argument + length, NULL, base) : fallback;
}

// The bytes of hex text such as "0200271e".
static GByteArray *bytes_from_hex(const char *hex) {
    GByteArray *bytes = g_byte_array_new();
    for (size_t i = 0; hex[i] && hex[i + 1]; i += 2) {
        char pair[3] = {hex[i], hex[i + 1], 0};
        guint8 byte = (guint8) strtoul(pair, NULL, 16);
        g_byte_array_append(bytes, &byte, 1);
    }
    return bytes;
}

int main(int argc, char **argv) {
    Scanner scanner = {
        .vendor = 0x05e0, .product = 0x1200, .interface_class = 3, .subclass = 1, .protocol = 1,
        .in_endpoint = 0x81, .packet = 8, .driver_bound = TRUE, .protocol_set = "unset",
    };
    scanner.steps = g_ptr_array_new();
    int command = argc;
    gboolean checking = FALSE;
    for (int i = 1; i < argc; i++) {
        const char *argument = argv[i];
        if (strcmp(argument, "--check") == 0) checking = TRUE;
        if (strcmp(argument, "--") == 0) { command = i + 1; break; }
        scanner.vendor = option_value(argument, "--vid=", 16, scanner.vendor);
        scanner.product = option_value(argument, "--pid=", 16, scanner.product);
        scanner.interface_class = option_value(argument, "--class=", 0, scanner.interface_class);
        scanner.subclass = option_value(argument, "--subclass=", 0, scanner.subclass);
        scanner.protocol = option_value(argument, "--protocol=", 0, scanner.protocol);
        scanner.in_endpoint = option_value(argument, "--in=", 16, scanner.in_endpoint);
        scanner.packet = option_value(argument, "--packet=", 0, scanner.packet);
        if (strcmp(argument, "--busy") == 0) scanner.busy = TRUE;
        if (strncmp(argument, "--report=", 9) == 0 || strncmp(argument, "--unplug=", 9) == 0) {
            Step *step = g_new0(Step, 1);
            if (argument[2] == 'r') step->report = bytes_from_hex(argument + 9);
            else step->absent_claims = (unsigned) strtoul(argument + 9, NULL, 10);
            g_ptr_array_add(scanner.steps, step);
        }
    }
    if (command >= argc && !checking) {
        fprintf(stderr, "usage: umockdev-scanner [options] [steps] -- COMMAND [ARGS...]\n");
        return 2;
    }
    g_mutex_init(&scanner.lock);
    scanner.flights = g_ptr_array_new();

    UMockdevTestbed *testbed = umockdev_testbed_new();
    // Only true after the testbed exists: the preload then redirects /sys into it.
    if (!umockdev_in_mock_environment()) {
        fprintf(stderr, "umockdev-scanner: run me with LD_PRELOAD=libumockdev-preload.so.0\n");
        return 3;
    }
    if (checking) return 0;
    UMockdevIoctlBase *handler = umockdev_ioctl_base_new();
    g_signal_connect(handler, "handle-ioctl", G_CALLBACK(handle_ioctl), &scanner);
    GError *error = NULL;
    char *record = device_record(&scanner);
    if (!umockdev_testbed_attach_ioctl(testbed, device_node, handler, &error)
        || !umockdev_testbed_add_from_string(testbed, record, &error)) {
        fprintf(stderr, "umockdev-scanner: %s\n", error->message);
        return 2;
    }
    g_free(record);

    fflush(stdout);
    pid_t child;
    int status = 0;
    if (posix_spawnp(&child, argv[command], NULL, NULL, argv + command, environ) != 0) {
        fprintf(stderr, "umockdev-scanner: cannot run %s\n", argv[command]);
        return 2;
    }
    waitpid(child, &status, 0);
    fflush(stdout);

    g_mutex_lock(&scanner.lock);
    printf("mock: protocol %s\n", scanner.protocol_set);
    printf("mock: claims %u\n", scanner.claims);
    printf("mock: driver %s\n", scanner.driver_bound ? "usbhid" : "none");
    g_mutex_unlock(&scanner.lock);
    fflush(stdout);

    umockdev_testbed_detach_ioctl(testbed, device_node, NULL);
    g_object_unref(handler);
    g_object_unref(testbed);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

#else

int main(void) {
    fprintf(stderr, "umockdev-scanner: built without umockdev; install umockdev libumockdev-dev libglib2.0-dev\n");
    return 77;
}

#endif
