from polku.graph import PathGraph, previous_step
from polku.loader import load_file
from polku.roles import handoffs, lens, resolve_actors, role_matrix
from tests.conftest import FIXTURES


def graph() -> PathGraph:
    return PathGraph(load_file(FIXTURES / "valid" / "findings.yaml").path)


def test_handoffs_are_changes_of_responsible_actor():
    got = {(h.src, h.dst, h.from_actors, h.to_actors, h.kind) for h in handoffs(graph())}
    # plan -> activity has no owner on the far side; review -> job changes owner warmly.
    assert got == {("review", "job", ("social",), ("employment",), "warm")}


def test_resolve_actors_by_id_or_kind():
    g = graph()
    assert [a.id for a in resolve_actors(g, "social")] == ["social"]
    assert [a.id for a in resolve_actors(g, "employment-services")] == ["employment"]
    assert resolve_actors(g, "nobody") == [] and resolve_actors(g, "") == []


def test_lens_lists_exactly_the_actors_steps_in_reading_order():
    entries = lens(graph(), {"social"})
    assert [(e.step.id, e.role) for e in entries] == [
        ("plan", "responsible"),
        ("review", "responsible"),
        ("orphan", "responsible"),
    ]
    review = entries[1]
    assert review.hands_to == (("employment", "warm"),)
    assert lens(graph(), {"employment"})[1].receives_from == ("social",)


def test_role_matrix_rows_are_steps_columns_are_actors():
    assert role_matrix(graph()) == [
        [None, "responsible", "responsible"],
        ["participates", None, None],
        [None, "responsible", None],
        [None, None, "responsible"],
        [None, "responsible", None],
    ]


def test_previous_step_prefers_where_one_came_from():
    g = graph()
    assert previous_step(g, "plan") is None
    assert previous_step(g, "activity") == "plan"
    assert previous_step(g, "job") == "review"
    assert previous_step(g, "orphan") == "job"  # unreachable: the one before it in reading order


def test_role_matrix_table_in_words_with_unique_columns():
    from polku.exports import role_matrix_table

    table = role_matrix_table(graph(), "fi")
    assert table.index.name == "Askel"
    assert list(table.columns) == ["Asiakas", "Sosiaalityö", "Työllisyys"]
    assert table.iloc[0].tolist() == ["", "vastuussa", "vastuussa"]
    assert table.index[3] == "4. Work"  # a plain string in the file's language (en)
    assert table.to_csv().splitlines()[0] == "Askel,Asiakas,Sosiaalityö,Työllisyys"


def test_legend_pairs_every_colour_with_words():
    from polku.diagram import legend

    items = legend(graph(), "en", lens_active=True)
    assert [i["label"] for i in items] == [
        "social services",
        "employment services",
        "no one responsible",
        "not the chosen actor (dimmed)",
    ]
