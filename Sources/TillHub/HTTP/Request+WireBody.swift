import Foundation
import Hummingbird

extension Request {
    /// The body read as a wire message, at most `HubLimits.maximumBodyBytes` of it; a body that is
    /// too large or not the message is refused with words that say which.
    mutating func decodeWire<Message: Decodable>(_ type: Message.Type, named name: String) async throws(HubError) -> Message {
        let buffer: ByteBuffer
        do {
            buffer = try await collectBody(upTo: HubLimits.maximumBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw .tooLarge(HubLimits.bodyTooLarge)
        } catch {
            throw .malformed("the body could not be read: \(error)")
        }
        do {
            return try JSONDecoder().decode(Message.self, from: Data(buffer.readableBytesView))
        } catch {
            throw .malformed("the body is not a \(name): \(DecodingProblem.describe(error))")
        }
    }
}
