// The styles of the Utrecht components the app uses, one package each (in the order of the whole library's
// bundle), instead of @utrecht/component-library-css, whose ~380 kB of styles for every component held up the
// first paint. A component newly imported from @utrecht/component-library-react needs its package here.
// (Imported from a module rather than by CSS @import: the packages' @charset lines must each start a file.)
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/custom-checkbox-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/number-badge-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-css/dist/index.css';
import '@utrecht/page-content-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
