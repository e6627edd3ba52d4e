import DefaultTheme from 'vitepress/theme'
import './custom.css'

// The default theme with the site's layout fixes (custom.css): see docs/contributing.md, "How code and results are laid out" and "Tables".
export default DefaultTheme
