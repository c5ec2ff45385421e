## Headings of `shirube show`.

show-question = Self-assessment question
show-first-steps = First steps
show-ciso-questions = Questions to ask your CISO
show-children = Contents
show-maps-to = Maps to
show-mapped-from = Put into practice by
show-see-also = See also
show-source = Source

## `shirube plan` and `shirube rollup`.

# Variables:
#   $format (String) - the format asked for (docx, xlsx)
cli-plan-output-required = A { $format } report is a file: name it with --output FILE.
