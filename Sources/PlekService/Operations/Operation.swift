import PlekCore
import PlekIO
import PlekStore

/// One method of the service, declared once: its name, what it does to the data, the
/// parameters it takes, and how it answers.
///
/// The service's dispatch, its list of methods, the methods a read-only replica refuses and
/// the kinds of record its journal holds are all derived from ``ServiceMethods/all``: a method
/// cannot be half-added.
protocol ServiceMethod: Sendable {
  /// The method name, as a request writes it.
  static var method: String { get }
  /// What the method does to the data.
  static var effect: Effect { get }
  /// The parameters it takes, in the order an error message lists them.
  static var parameters: [Parameter] { get }
  /// Reads the parameters (a reader that allows exactly ``parameters``) and answers.
  static func answer(_ params: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
}

extension ServiceMethod {
  /// A method reads the data unless it says otherwise.
  static var effect: Effect { .reads }
}

/// A method that changes the data: its name and its effect follow from the kind of change
/// the journal records of it, declared once.
protocol ChangingMethod: ServiceMethod {
  /// The change it makes.
  static var change: Mutation.Kind { get }
}

extension ChangingMethod {
  static var method: String { change.method }
  static var effect: Effect { .changes(change) }
}

/// What a method does to the service's data.
enum Effect: Equatable, Sendable {
  /// It reads the data and changes nothing.
  case reads
  /// It changes the data, and the journal records the change as this kind of ``Mutation``.
  case changes(Mutation.Kind)
  /// It writes a new snapshot of the data (changing nothing the queries see).
  case compacts
  /// It stops the service.
  case stops

  /// Whether a read-only replica refuses the method: it would change what the state holds.
  var isRefusedByReplicas: Bool {
    switch self {
    case .changes, .compacts: true
    case .reads, .stops: false
    }
  }
}

/// The service's methods, in the order of `Protocol.md`.
enum ServiceMethods {
  /// Every method.
  static let all: [any ServiceMethod.Type] = [
    Health.self, Stats.self, ShortlistMethod.self, CandidatesMethod.self, ExplainMethod.self,
    BlockersMethod.self, AdviceMethod.self, CarveMethod.self, AssignMethod.self,
    CongestionMethod.self, ReportMethod.self, UpsertMethod<Participant>.self,
    RemoveMethod<Participant>.self, UpsertMethod<Place>.self, RemoveMethod<Place>.self,
    PlacementsGet.self, PlacementsUpsert.self, PlacementsEnd.self, PlacementsRemove.self,
    OutcomesMethod.self, PolicyGet.self, PolicySet.self, Snapshot.self, Shutdown.self,
  ]

  /// The methods by name.
  static let byMethod: [String: any ServiceMethod.Type] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.method, $0) })
}

extension Service {
  /// The method names, in documentation order.
  public static var methods: [String] { ServiceMethods.all.map { $0.method } }

  /// The methods that change the data, refused by a read-only replica.
  static var changingMethods: Set<String> {
    Set(ServiceMethods.all.filter { $0.effect.isRefusedByReplicas }.map { $0.method })
  }

  /// Runs one method: found by name, refused by a read-only replica when it would change the
  /// data, its parameters read strictly.
  mutating func dispatch(method: String, params: JSONValue?) -> Result<JSONValue, RPCError> {
    guard let operation = ServiceMethods.byMethod[method] else {
      var message = "method \"\(String(method.prefix(60)))\" not found"
      if let close = Suggestion.closest(to: method, among: Self.methods) {
        message += "; did you mean \"\(close)\"?"
      }
      return .failure(RPCError(code: RPCErrorCode.methodNotFound, message: message))
    }
    do throws(RPCError) {
      if options.readOnly, operation.effect.isRefusedByReplicas {
        throw RPCError(
          code: RPCErrorCode.readOnly,
          message:
            "this is a read-only replica (plek serve --read-only): send \(method) to the writer; nothing was changed"
        )
      }
      var reader = try Params(params, parameters: operation.parameters)
      return .success(try operation.answer(&reader, in: &self))
    } catch {
      return .failure(error)
    }
  }
}
