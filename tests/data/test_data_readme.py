"""data/README.md's table of what each source contributes must match the data."""
from kg import paths
from kg.cli import main


def test_readme_table_is_current(runner):
    readme = (paths.data_dir() / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- stats:begin -->") + len("<!-- stats:begin -->")
    end = readme.index("<!-- stats:end -->")
    result = runner.invoke(main, ["stats", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert readme[start:end].strip() == result.output.strip(), (
        "data/README.md is stale: paste the output of `kg stats --format markdown` "
        "between the stats markers")
