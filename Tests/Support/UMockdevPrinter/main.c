// umockdev-printer: an emulated USB receipt printer for testing Till's libusb transport.
//
// It creates a umockdev testbed with one printer (default 04b8:0202, one interface of class
// 7/1/2 with a bulk OUT and a bulk IN endpoint), answers the usbdevfs ioctls libusb sends, records
// every byte written to the OUT endpoint and answers DLE EOT status queries on the IN endpoint.
// It then runs a command (which inherits UMOCKDEV_DIR), waits for it and prints what the printer
// saw. Run it with LD_PRELOAD=libumockdev-preload.so.0; never run a build under that preload.
//
//   umockdev-printer [options] -- COMMAND [ARGS...]
//   umockdev-printer --check          exit 0 when emulation works here, 3 without the preload,
//                                     77 when this build has no umockdev
//
//   --vid=HEX --pid=HEX         device ids (04b8, 0202)
//   --class=N                   interface class (7 printer; 255 vendor-specific)
//   --out=HEX --in=HEX          endpoint addresses (0x01, 0x82); --in=0 for a one-way printer
//   --status=HEX                the byte every DLE EOT n query is answered with (0x12)
//   --kernel-driver=usblp|none  whether usblp holds the interface at the start (usblp)
//   --stall-after=N             take only the first N bytes, then stall until libusb gives up
//                               on the transfer (a timeout with a partial count), once
//   --unplug-once               fail the first OUT transfer with ENODEV, as if unplugged
//
// Output after COMMAND exits: "mock: received <hex>", "mock: driver <usblp|none>" and
// "mock: cancelled <n>" (transfers libusb gave up on, i.e. timeouts).

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

// One transfer libusb submitted and has not reaped yet.
typedef struct {
    UMockdevIoctlData *urb;
    gboolean ready;
} Flight;

// The printer's "firmware" state, shared by the ioctl handler thread and main.
typedef struct {
    GMutex lock;
    unsigned vendor, product, interface_class, out_endpoint, in_endpoint, status;
    gboolean driver_bound;
    long stall_after;
    gboolean unplug_once;
    unsigned cancelled;
    GByteArray *received;
    guint scanned;
    GByteArray *replies;
    GPtrArray *flights;
} Printer;

// Answers every DLE EOT n that arrived since the last scan.
static void scan_for_status_queries(Printer *printer) {
    const guint8 *data = printer->received->data;
    while (printer->scanned + 2 < printer->received->len) {
        if (data[printer->scanned] == 0x10 && data[printer->scanned + 1] == 0x04) {
            guint8 reply = (guint8) printer->status;
            g_byte_array_append(printer->replies, &reply, 1);
            printer->scanned += 3;
        } else {
            printer->scanned += 1;
        }
    }
}

// Fills waiting IN transfers with queued status replies.
static void answer_waiting_reads(Printer *printer) {
    for (guint i = 0; i < printer->flights->len && printer->replies->len > 0; i++) {
        Flight *flight = g_ptr_array_index(printer->flights, i);
        struct usbdevfs_urb *urb = (struct usbdevfs_urb *) flight->urb->data;
        if (flight->ready || !(urb->endpoint & 0x80)) continue;
        guint count = MIN((guint) urb->buffer_length, printer->replies->len);
        memcpy(urb->buffer, printer->replies->data, count);
        g_byte_array_remove_range(printer->replies, 0, count);
        urb->actual_length = (int) count;
        urb->status = 0;
        flight->ready = TRUE;
    }
}

// SUBMITURB: record OUT data (or stall or vanish), queue IN reads.
static void submit(Printer *printer, UMockdevIoctlClient *client, UMockdevIoctlData *argument) {
    UMockdevIoctlData *urb_data = umockdev_ioctl_data_resolve(argument, 0, sizeof(struct usbdevfs_urb), NULL);
    struct usbdevfs_urb *urb = (struct usbdevfs_urb *) urb_data->data;
    gboolean is_out = urb->endpoint == printer->out_endpoint;
    gboolean is_in = printer->in_endpoint != 0 && urb->endpoint == printer->in_endpoint;
    if (urb->type != USBDEVFS_URB_TYPE_BULK || (!is_out && !is_in)) {
        fprintf(stderr, "mock: no bulk endpoint 0x%02x\n", urb->endpoint);
        g_object_unref(urb_data);
        umockdev_ioctl_client_complete(client, -1, ENOENT);
        return;
    }
    if (is_out && printer->unplug_once) {
        printer->unplug_once = FALSE;
        g_object_unref(urb_data);
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return;
    }
    UMockdevIoctlData *buffer = umockdev_ioctl_data_resolve(
        urb_data, G_STRUCT_OFFSET(struct usbdevfs_urb, buffer), (gsize) urb->buffer_length, NULL);
    Flight *flight = g_new0(Flight, 1);
    flight->urb = urb_data;
    if (is_out) {
        long accepted = urb->buffer_length;
        if (printer->stall_after >= 0 && (long) printer->received->len + accepted > printer->stall_after) {
            accepted = printer->stall_after - (long) printer->received->len;
            printer->stall_after = -1;
        } else {
            flight->ready = TRUE;
        }
        g_byte_array_append(printer->received, buffer->data, (guint) accepted);
        urb->actual_length = (int) accepted;
        urb->status = 0;
        scan_for_status_queries(printer);
    }
    g_ptr_array_add(printer->flights, flight);
    answer_waiting_reads(printer);
    umockdev_ioctl_client_complete(client, 0, 0);
}

// REAPURB(NDELAY): hand back the first finished transfer.
static void reap(Printer *printer, UMockdevIoctlClient *client, UMockdevIoctlData *argument) {
    for (guint i = 0; i < printer->flights->len; i++) {
        Flight *flight = g_ptr_array_index(printer->flights, i);
        if (!flight->ready) continue;
        UMockdevIoctlData *pointer = umockdev_ioctl_data_resolve(argument, 0, sizeof(gpointer), NULL);
        umockdev_ioctl_data_set_ptr(pointer, 0, flight->urb);
        g_ptr_array_remove_index(printer->flights, i);
        umockdev_ioctl_client_complete(client, 0, 0);
        g_object_unref(pointer);
        g_object_unref(flight->urb);
        g_free(flight);
        return;
    }
    umockdev_ioctl_client_complete(client, -1, EAGAIN);
}

// DISCARDURB: libusb gave up (timeout); the transfer ends as cancelled, keeping what moved.
static void discard(Printer *printer, UMockdevIoctlClient *client, UMockdevIoctlData *argument) {
    gulong address = *(gulong *) argument->data;
    for (guint i = 0; i < printer->flights->len; i++) {
        Flight *flight = g_ptr_array_index(printer->flights, i);
        if (flight->urb->client_addr != address) continue;
        ((struct usbdevfs_urb *) flight->urb->data)->status = -ENOENT;
        flight->ready = TRUE;
        printer->cancelled += 1;
        umockdev_ioctl_client_complete(client, 0, 0);
        return;
    }
    umockdev_ioctl_client_complete(client, -1, EINVAL);
}

static gboolean handle_ioctl(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, Printer *printer) {
    (void) handler;
    UMockdevIoctlData *argument = umockdev_ioctl_client_get_arg(client);
    gulong request = umockdev_ioctl_client_get_request(client);
    g_mutex_lock(&printer->lock);
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
        umockdev_ioctl_client_complete(client, printer->driver_bound ? -1 : 0, printer->driver_bound ? EBUSY : 0);
        break;
    case USBDEVFS_DISCONNECT_CLAIM:
        printer->driver_bound = FALSE;
        umockdev_ioctl_client_complete(client, 0, 0);
        break;
    case USBDEVFS_GETDRIVER: {
        UMockdevIoctlData *query = umockdev_ioctl_data_resolve(argument, 0, sizeof(struct usbdevfs_getdriver), NULL);
        if (printer->driver_bound) {
            g_strlcpy(((struct usbdevfs_getdriver *) query->data)->driver, "usblp", USBDEVFS_MAXDRIVERNAME);
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
        if (code == USBDEVFS_CONNECT) printer->driver_bound = TRUE;
        if (code == USBDEVFS_DISCONNECT) printer->driver_bound = FALSE;
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
        submit(printer, client, argument);
        break;
    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY:
        reap(printer, client, argument);
        break;
    case USBDEVFS_DISCARDURB:
        discard(printer, client, argument);
        break;
    default:
        fprintf(stderr, "mock: unhandled ioctl 0x%lx\n", request);
        handled = FALSE;
    }
    g_mutex_unlock(&printer->lock);
    return handled;
}

// The sysfs record of the device; its descriptors are, in hex: device (18 bytes), configuration
// (9), interface (9, class 7/1/2 unless --class), bulk OUT endpoint (7), bulk IN endpoint (7).
static char *device_record(const Printer *printer) {
    unsigned endpoints = printer->in_endpoint ? 2 : 1;
    unsigned total = 9 + 9 + 7 * endpoints;
    char *device = g_strdup_printf("1201000200000040%02x%02x%02x%02x000100000001", printer->vendor & 0xff,
                                   printer->vendor >> 8, printer->product & 0xff, printer->product >> 8);
    char *configuration = g_strdup_printf("0902%02x%02x010100c001", total & 0xff, total >> 8);
    char *interface = g_strdup_printf("09040000%02x%02x010200", endpoints, printer->interface_class);
    char *out = g_strdup_printf("0705%02x02400000", printer->out_endpoint);
    char *in = printer->in_endpoint ? g_strdup_printf("0705%02x02400000", printer->in_endpoint) : g_strdup("");
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
        device, configuration, interface, out, in);
    g_free(device);
    g_free(configuration);
    g_free(interface);
    g_free(out);
    g_free(in);
    return record;
}

static unsigned option_value(const char *argument, const char *name, int base, unsigned fallback) {
    size_t length = strlen(name);
    return strncmp(argument, name, length) == 0 ? (unsigned) strtoul(argument + length, NULL, base) : fallback;
}

int main(int argc, char **argv) {
    Printer printer = {
        .vendor = 0x04b8, .product = 0x0202, .interface_class = 7, .out_endpoint = 0x01,
        .in_endpoint = 0x82, .status = 0x12, .driver_bound = TRUE, .stall_after = -1,
    };
    int command = argc;
    gboolean checking = FALSE;
    for (int i = 1; i < argc; i++) {
        const char *argument = argv[i];
        if (strcmp(argument, "--check") == 0) checking = TRUE;
        if (strcmp(argument, "--") == 0) { command = i + 1; break; }
        printer.vendor = option_value(argument, "--vid=", 16, printer.vendor);
        printer.product = option_value(argument, "--pid=", 16, printer.product);
        printer.interface_class = option_value(argument, "--class=", 0, printer.interface_class);
        printer.out_endpoint = option_value(argument, "--out=", 16, printer.out_endpoint);
        printer.in_endpoint = option_value(argument, "--in=", 16, printer.in_endpoint);
        printer.status = option_value(argument, "--status=", 16, printer.status);
        if (strcmp(argument, "--kernel-driver=none") == 0) printer.driver_bound = FALSE;
        if (strncmp(argument, "--stall-after=", 14) == 0) printer.stall_after = strtol(argument + 14, NULL, 10);
        if (strcmp(argument, "--unplug-once") == 0) printer.unplug_once = TRUE;
    }
    if (command >= argc && !checking) {
        fprintf(stderr, "usage: umockdev-printer [options] -- COMMAND [ARGS...]\n");
        return 2;
    }
    g_mutex_init(&printer.lock);
    printer.received = g_byte_array_new();
    printer.replies = g_byte_array_new();
    printer.flights = g_ptr_array_new();

    UMockdevTestbed *testbed = umockdev_testbed_new();
    // Only true after the testbed exists: the preload then redirects /sys into it.
    if (!umockdev_in_mock_environment()) {
        fprintf(stderr, "umockdev-printer: run me with LD_PRELOAD=libumockdev-preload.so.0\n");
        return 3;
    }
    if (checking) return 0;
    UMockdevIoctlBase *handler = umockdev_ioctl_base_new();
    g_signal_connect(handler, "handle-ioctl", G_CALLBACK(handle_ioctl), &printer);
    GError *error = NULL;
    char *record = device_record(&printer);
    if (!umockdev_testbed_attach_ioctl(testbed, device_node, handler, &error)
        || !umockdev_testbed_add_from_string(testbed, record, &error)) {
        fprintf(stderr, "umockdev-printer: %s\n", error->message);
        return 2;
    }
    g_free(record);

    fflush(stdout);
    pid_t child;
    int status = 0;
    if (posix_spawnp(&child, argv[command], NULL, NULL, argv + command, environ) != 0) {
        fprintf(stderr, "umockdev-printer: cannot run %s\n", argv[command]);
        return 2;
    }
    waitpid(child, &status, 0);
    fflush(stdout);

    g_mutex_lock(&printer.lock);
    printf("mock: received ");
    for (guint i = 0; i < printer.received->len; i++) printf("%02x", printer.received->data[i]);
    printf("\nmock: driver %s\n", printer.driver_bound ? "usblp" : "none");
    printf("mock: cancelled %u\n", printer.cancelled);
    g_mutex_unlock(&printer.lock);
    fflush(stdout);

    umockdev_testbed_detach_ioctl(testbed, device_node, NULL);
    g_object_unref(handler);
    g_object_unref(testbed);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

#else

int main(void) {
    fprintf(stderr, "umockdev-printer: built without umockdev; install umockdev libumockdev-dev libglib2.0-dev\n");
    return 77;
}

#endif
