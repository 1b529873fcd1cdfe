using Registry.Data.Agreements;
using Registry.Data.Bodies;
using Registry.Data.People;
using Registry.Data.Resolutions;

namespace Registry.Data.Samples;

/// <summary>The shape of samples/joint-position-2022.json: catalogues first, then agreements in the POST shape.</summary>
public sealed record SampleSet
{
    public List<BodyDto> Bodies { get; init; } = [];
    public List<PersonDto> People { get; init; } = [];
    public List<ResolutionDto> Resolutions { get; init; } = [];
    public List<AgreementDto> Agreements { get; init; } = [];
}
