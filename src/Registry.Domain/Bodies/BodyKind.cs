namespace Registry.Domain.Bodies;

public enum BodyKind
{
    InternationalOrganization,
    OrganOfOrganization,
    State,
    GovernmentAgency,
}
