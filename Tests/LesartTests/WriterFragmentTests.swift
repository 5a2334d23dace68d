import LesartCore
@testable import LesartFormats
import Testing

/// The static fragments writers copy instead of building names.
@Suite("Writer fragments")
struct WriterFragmentTests {
    @Test("entity forms and labels: each fragment spells the name the type gives")
    func entityFragments() {
        for form in EntityForm.allCases {
            #expect(form.fragment.description == form.description)
        }
        for label in EntityLabel.allCases {
            #expect(label.fragment.description == label.name)
        }
    }
}
