using RelationshipKit.Value.Models.BgBb;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Value.Fitting;

/// <summary>
/// What a saved fit needs to know about each model: its name in documents and on the command line, its parameter
/// names in order, whether it measures calendar time or abstract periods, and how to build it from its parameters.
/// </summary>
internal sealed class ModelKind
{
    private static readonly ModelKind[] All =
    [
        new(typeof(SbgModel), "sbg", SbgModel.ParameterNames, UnitRule.Period, (p, _) => new SbgModel(new SbgParameters(p[0], p[1])), m => Values((SbgModel)m)),
        new(typeof(BgNbdModel), "bgnbd", BgNbdModel.ParameterNames, UnitRule.Calendar, (p, u) => new BgNbdModel(new BgNbdParameters(p[0], p[1], p[2], p[3]), u), m => Values((BgNbdModel)m)),
        new(typeof(MbgNbdModel), "mbgnbd", MbgNbdModel.ParameterNames, UnitRule.Calendar, (p, u) => new MbgNbdModel(new MbgNbdParameters(p[0], p[1], p[2], p[3]), u), m => Values((MbgNbdModel)m)),
        new(typeof(ParetoNbdModel), "paretonbd", ParetoNbdModel.ParameterNames, UnitRule.Calendar, (p, u) => new ParetoNbdModel(new ParetoNbdParameters(p[0], p[1], p[2], p[3]), u), m => Values((ParetoNbdModel)m)),
        new(typeof(BgBbModel), "bgbb", BgBbModel.ParameterNames, UnitRule.Period, (p, _) => new BgBbModel(new BgBbParameters(p[0], p[1], p[2], p[3])), m => Values((BgBbModel)m)),
        new(typeof(GammaGammaModel), "gammagamma", GammaGammaModel.ParameterNames, UnitRule.Any, (p, _) => new GammaGammaModel(new GammaGammaParameters(p[0], p[1], p[2])), m => Values((GammaGammaModel)m)),
    ];

    private readonly Func<double[], TimeUnit, object> _create;
    private readonly Func<object, double[]> _values;

    private ModelKind(Type type, string name, IReadOnlyList<string> parameterNames, UnitRule unit, Func<double[], TimeUnit, object> create, Func<object, double[]> values)
    {
        Type = type;
        Name = name;
        ParameterNames = parameterNames;
        Unit = unit;
        _create = create;
        _values = values;
    }

    /// <summary>Which time units a model's fit may be in.</summary>
    public enum UnitRule
    {
        /// <summary>Calendar time: day, week, N days.</summary>
        Calendar,

        /// <summary>Abstract periods (contract periods, opportunities).</summary>
        Period,

        /// <summary>Any unit: the model does not measure time (spend); the unit is the data's.</summary>
        Any,
    }

    public Type Type { get; }

    public string Name { get; }

    public IReadOnlyList<string> ParameterNames { get; }

    public UnitRule Unit { get; }

    /// <summary>Gets the kind of <typeparamref name="TModel"/>.</summary>
    /// <exception cref="ArgumentException">Thrown when <typeparamref name="TModel"/> is not one of the library's models.</exception>
    public static ModelKind Of<TModel>() =>
        Array.Find(All, k => k.Type == typeof(TModel))
        ?? throw new ArgumentException($"TModel must be one of the library's models ({string.Join(", ", All.Select(k => k.Type.Name))}); was {typeof(TModel).Name}.", nameof(TModel));

    /// <summary>Gets the kind named <paramref name="name"/> in documents (<c>bgnbd</c>…), or null when none is.</summary>
    public static ModelKind? Named(string name) => Array.Find(All, k => string.Equals(k.Name, name, StringComparison.Ordinal));

    /// <summary>Gets the names of every kind, in the library's order, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(k => k.Name));

    /// <summary>Builds the model from its parameter values (in <see cref="ParameterNames"/> order) and unit.</summary>
    public object Create(double[] values, TimeUnit unit) => _create(values, unit);

    /// <summary>Gets a model's parameter values in <see cref="ParameterNames"/> order.</summary>
    public double[] ValuesOf(object model) => _values(model);

    private static double[] Values(SbgModel m) => [m.Parameters.Alpha, m.Parameters.Beta];

    private static double[] Values(BgNbdModel m) => [m.Parameters.R, m.Parameters.Alpha, m.Parameters.A, m.Parameters.B];

    private static double[] Values(MbgNbdModel m) => [m.Parameters.R, m.Parameters.Alpha, m.Parameters.A, m.Parameters.B];

    private static double[] Values(ParetoNbdModel m) => [m.Parameters.R, m.Parameters.Alpha, m.Parameters.S, m.Parameters.Beta];

    private static double[] Values(BgBbModel m) => [m.Parameters.Alpha, m.Parameters.Beta, m.Parameters.Gamma, m.Parameters.Delta];

    private static double[] Values(GammaGammaModel m) => [m.Parameters.P, m.Parameters.Q, m.Parameters.V];
}
