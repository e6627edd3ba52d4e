import { pages } from '../.vitepress/site-pages'

// The concept pages in this folder (except the index), with their titles, for the list on concepts/index.md.
export default {
  watch: ['./*.md'],
  load() {
    return pages('concepts').filter((page) => !page.isIndex)
  },
}
