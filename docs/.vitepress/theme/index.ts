import DefaultTheme from 'vitepress/theme'
import './custom.css'

// The default theme with the site's layout fixes (custom.css): see docs/contributing.md, "Layout".
export default DefaultTheme
