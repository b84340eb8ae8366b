/** Entry point of the `ombuds` binary (bin/ombuds.js imports the compiled copy). */
import { main } from './program.js';

await main();
