"""The endpoint types queries read are entity types the models know."""
from kg.data import models
from kg.data.kinds import ENDPOINT_TYPES


def test_every_endpoint_type_is_an_entity_type():
    assert ENDPOINT_TYPES <= set(models.ENTITY_TYPES)
    assert models.ENDPOINT_TYPES is ENDPOINT_TYPES


def test_systems_and_contractors_are_never_endpoints():
    # Data reaching a system or a company can go on: they must stay conduits.
    assert not ENDPOINT_TYPES & {"system", "company", "public-body", "unnamed-party"}
