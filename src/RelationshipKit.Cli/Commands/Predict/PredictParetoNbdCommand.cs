using System.CommandLine;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary><c>relationshipkit predict paretonbd</c>: P(alive), expected purchases and, with spend parameters, expected spend and CLV per customer from Pareto/NBD parameters.</summary>
internal static class PredictParetoNbdCommand
{
    public static Command Create() => PurchasePrediction.Create(
        "paretonbd",
        "Predict P(alive) and expected purchases over --horizon from Pareto/NBD parameters (--parameters \"r=…,alpha=…,s=…,beta=…\" or --fit FIT.json); with --spend-parameters also Gamma-Gamma expected spend and CLV.",
        ParetoNbdModel.ParameterNames,
        (p, unit) => new ParetoNbdModel(new ParetoNbdParameters(p[0], p[1], p[2], p[3]), unit));
}
